/* API-shape stand-in for libpcap's <pcap.h> (libpcap-dev is not installed):
   the types and functions pmacct's headers and the analysed files use. */
#ifndef PCAP_SHIM_H
#define PCAP_SHIM_H
#include <sys/types.h>
#include <sys/time.h>
#include <stdio.h>
#include <stdint.h>
typedef unsigned int bpf_u_int32;
typedef struct pcap pcap_t;
typedef struct pcap_dumper pcap_dumper_t;
struct bpf_insn { unsigned short code; unsigned char jt, jf; bpf_u_int32 k; };
struct bpf_program { unsigned int bf_len; struct bpf_insn *bf_insns; };
struct pcap_pkthdr { struct timeval ts; bpf_u_int32 caplen; bpf_u_int32 len; };
struct pcap_stat { unsigned int ps_recv, ps_drop, ps_ifdrop; };
struct pcap_addr { struct pcap_addr *next; struct sockaddr *addr, *netmask, *broadaddr, *dstaddr; };
typedef struct pcap_if { struct pcap_if *next; char *name; char *description; struct pcap_addr *addresses; bpf_u_int32 flags; } pcap_if_t;
typedef enum { PCAP_D_INOUT = 0, PCAP_D_IN, PCAP_D_OUT } pcap_direction_t;
typedef void (*pcap_handler)(unsigned char *, const struct pcap_pkthdr *, const unsigned char *);
#define PCAP_ERRBUF_SIZE 256
#define PCAP_NETMASK_UNKNOWN 0xffffffff
#define PCAP_ERROR -1
#define PCAP_ERROR_BREAK -2
#define PCAP_WARNING 1
#define PCAP_ERROR_ACTIVATED -4
#define PCAP_ERROR_NO_SUCH_DEVICE -5
#define PCAP_ERROR_RFMON_NOTSUP -6
#define PCAP_ERROR_NOT_RFMON -7
#define PCAP_ERROR_PERM_DENIED -8
#define PCAP_ERROR_IFACE_NOT_UP -9
#define PCAP_ERROR_CANTSET_TSTAMP_TYPE -10
#define PCAP_ERROR_PROMISC_PERM_DENIED -11
#define PCAP_ERROR_TSTAMP_PRECISION_NOTSUP -12
#define PCAP_WARNING_PROMISC_NOTSUP 2
#define PCAP_WARNING_TSTAMP_TYPE_NOTSUP 3
#define DLT_NULL 0
#define DLT_EN10MB 1
#define DLT_IEEE802 6
#define DLT_PPP 9
#define DLT_FDDI 10
#define DLT_RAW 12
#define DLT_LOOP 108
#define DLT_LINUX_SLL 113
#define DLT_IEEE802_11 105
#define DLT_IEEE802_11_RADIO 127
#define DLT_LINUX_SLL2 276
pcap_t *pcap_open_live(const char *, int, int, int, char *);
pcap_t *pcap_open_offline(const char *, char *);
pcap_t *pcap_open_dead(int, int);
pcap_t *pcap_create(const char *, char *);
int pcap_activate(pcap_t *);
int pcap_set_snaplen(pcap_t *, int);
int pcap_set_promisc(pcap_t *, int);
int pcap_set_timeout(pcap_t *, int);
int pcap_set_buffer_size(pcap_t *, int);
int pcap_set_protocol_linux(pcap_t *, int);
int pcap_setdirection(pcap_t *, pcap_direction_t);
void pcap_close(pcap_t *);
int pcap_loop(pcap_t *, int, pcap_handler, unsigned char *);
int pcap_dispatch(pcap_t *, int, pcap_handler, unsigned char *);
const unsigned char *pcap_next(pcap_t *, struct pcap_pkthdr *);
int pcap_next_ex(pcap_t *, struct pcap_pkthdr **, const unsigned char **);
void pcap_breakloop(pcap_t *);
int pcap_stats(pcap_t *, struct pcap_stat *);
int pcap_setfilter(pcap_t *, struct bpf_program *);
int pcap_compile(pcap_t *, struct bpf_program *, const char *, int, bpf_u_int32);
void pcap_freecode(struct bpf_program *);
int pcap_offline_filter(const struct bpf_program *, const struct pcap_pkthdr *, const unsigned char *);
int pcap_datalink(pcap_t *);
int pcap_snapshot(pcap_t *);
int pcap_fileno(pcap_t *);
int pcap_get_selectable_fd(pcap_t *);
int pcap_setnonblock(pcap_t *, int, char *);
char *pcap_geterr(pcap_t *);
const char *pcap_lib_version(void);
const char *pcap_statustostr(int);
int pcap_set_immediate_mode(pcap_t *, int);
int pcap_set_protocol(pcap_t *, int);
int pcap_findalldevs(pcap_if_t **, char *);
void pcap_freealldevs(pcap_if_t *);
int pcap_lookupnet(const char *, bpf_u_int32 *, bpf_u_int32 *, char *);
pcap_dumper_t *pcap_dump_open(pcap_t *, const char *);
void pcap_dump(unsigned char *, const struct pcap_pkthdr *, const unsigned char *);
void pcap_dump_close(pcap_dumper_t *);
int pcap_dump_flush(pcap_dumper_t *);
unsigned int bpf_filter(const struct bpf_insn *, const unsigned char *, unsigned int, unsigned int);
#endif
