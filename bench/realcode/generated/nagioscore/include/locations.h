/************************************************************************
 *
 * Nagios Locations Header File
 * Written By: Ethan Galstad (egalstad@nagios.org)
 *
 * This program is free software; you can redistribute it and/or modify
 * it under the terms of the GNU General Public License version 2 as
 * published by the Free Software Foundation.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 675 Mass Ave, Cambridge, MA 02139, USA.
 ************************************************************************/

#define DEFAULT_TEMP_FILE			"/usr/local/nagios/var/tempfile"
#define DEFAULT_TEMP_PATH                       "/tmp"
#define DEFAULT_CHECK_RESULT_PATH		"/usr/local/nagios/var/spool/checkresults"
#define DEFAULT_STATUS_FILE			"/usr/local/nagios/var/status.dat"
#define DEFAULT_LOG_FILE			"/usr/local/nagios/var/nagios.log"
#define DEFAULT_LOG_ARCHIVE_PATH		"/usr/local/nagios/var/archives/"
#define DEFAULT_DEBUG_FILE                      "/usr/local/nagios/var/nagios.debug"
#define DEFAULT_COMMENT_FILE			"/usr/local/nagios/var/comments.dat"
#define DEFAULT_DOWNTIME_FILE			"/usr/local/nagios/var/downtime.dat"
#define DEFAULT_RETENTION_FILE			"/usr/local/nagios/var/retention.dat"
#define DEFAULT_COMMAND_FILE			"/usr/local/nagios/var/rw/nagios.cmd"
#define DEFAULT_QUERY_SOCKET            "/usr/local/nagios/var/rw/nagios.qh"
#define DEFAULT_CONFIG_FILE			"/usr/local/nagios/etc/nagios.cfg"
#define DEFAULT_PHYSICAL_HTML_PATH		"/usr/local/nagios/share"
#define DEFAULT_URL_HTML_PATH			"/nagios"
#define DEFAULT_PHYSICAL_CGIBIN_PATH		"/usr/local/nagios/sbin"
#define DEFAULT_URL_CGIBIN_PATH			"/nagios/cgi-bin"
#define DEFAULT_CGI_CONFIG_FILE			"/usr/local/nagios/etc/cgi.cfg"
#define DEFAULT_LOCK_FILE			"/run/nagios.lock"
#define DEFAULT_OBJECT_CACHE_FILE		"/usr/local/nagios/var/objects.cache"
#define DEFAULT_PRECACHED_OBJECT_FILE		"/usr/local/nagios/var/objects.precache"
#define DEFAULT_EVENT_BROKER_FILE		"/usr/local/nagios/var/broker.socket"
