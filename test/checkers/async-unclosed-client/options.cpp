// Options: AcquireReleasePairs adds pairs (the project's own pool API),
// ClientTypes replaces which classes allocated with `new` are clients.
// RUN: %check_async_tidy %s async-unclosed-client %t -- \
// RUN:   -config="{CheckOptions: {async-unclosed-client.AcquireReleasePairs: 'pool_checkout,pool_checkout_wait=pool_return', async-unclosed-client.ClientTypes: 'Backend;.*Gateway'}}" --

extern "C" {
struct conn;
conn *pool_checkout(int shard);
conn *pool_checkout_wait(int shard, int ms);
void pool_return(conn *);
}

int query(int shard, bool cached) {
  conn *c = pool_checkout(shard);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'c' from 'pool_checkout' is not released with 'pool_return' on every path out of 'query' [async-unclosed-client]
  // CHECK-FIXES: {{^}}  std::unique_ptr<conn, decltype(&pool_return)> c(pool_checkout(shard), &pool_return);{{$}}
  if (cached)
    return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  pool_return(c);
  // CHECK-FIXES: {{^}}  c.reset();{{$}}
  return 1;
}

int query_wait(int shard) {
  conn *c = pool_checkout_wait(shard, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'c' from 'pool_checkout_wait' is not released
  // CHECK-FIXES: {{^}}  std::unique_ptr<conn, decltype(&pool_return)> c(pool_checkout_wait(shard, 100), &pool_return);{{$}}
  return shard;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: leaks when this 'return' is taken
}

struct Backend { int id; Backend(int id) : id(id) {} };
struct ApiGateway { ApiGateway() {} };
struct HttpClient { HttpClient() {} };

int make(bool b) {
  Backend *backend = new Backend(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'backend' from 'new Backend' is not released
  // CHECK-FIXES: {{^}}  auto backend = std::make_unique<Backend>(1);{{$}}
  HttpClient *client = new HttpClient;
  if (b)
    return 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: leaks when this 'return' is taken
  delete backend;
  delete client;
  return 1;
}

void make_gateway() {
  ApiGateway *gateway = new ApiGateway;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'gateway' from 'new ApiGateway' is not released
  // CHECK-FIXES: {{^}}  auto gateway = std::make_unique<ApiGateway>();{{$}}
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: leaks when 'gateway' goes out of scope here
