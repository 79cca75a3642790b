// An await of a project coroutine reads the shared state its body reads: a
// cache entry erased by one await and read by the coroutine awaited next
// (`co_await cache->erase(key); co_await available();`) orders the two.
// (The shape of a wiki service's locale reload on the tuning half, whose
// cache declares `erase` const, so its pair stays reported.) The state
// is a mutable global (not const, not a library's), or a member of the
// caller's own object when the awaited call runs on it, read in the body a
// few calls deep. Two bodies that only read one global, a call on another
// object, another global, and a body this unit does not have keep the
// group.
// RUN: %check_async_tidy --fix-notes %s async-serial-awaits %t -- -- -isystem %shapes

#include <drogon/utils/coroutine.h>

#include <memory>
#include <string>

using drogon::Task;

class Cache {
public:
  Task<void> erase(const std::string &key);
  Task<std::string> get(const std::string &key);
  Task<void> put(const std::string &key, std::string value);
};

namespace global {
inline std::shared_ptr<Cache> cache;
inline std::shared_ptr<Cache> sessions;
inline std::string region = "eu";
} // namespace global

Task<std::string> fetchRemote(std::string url);
Task<std::string> fetchElsewhere(std::string key); // its body is in another unit

Task<std::string> cachedLocales() {
  std::string cached = co_await global::cache->get("locales");
  if (!cached.empty())
    co_return cached;
  std::string fresh = co_await fetchRemote("https://i18n.example/locales");
  co_await global::cache->put("locales", fresh);
  co_return fresh;
}

// Two calls deep: the body reads the cache through the function above.
Task<std::string> localeNames() { co_return co_await cachedLocales(); }

Task<std::string> regionLimits() { co_return co_await fetchRemote("https://x/" + global::region); }
Task<std::string> regionPrices() { co_return co_await fetchRemote("https://y/" + global::region); }

class Locales {
public:
  Task<std::string> available() {
    std::string cached = co_await cache_.get("locales");
    if (!cached.empty())
      co_return cached;
    co_return co_await fetchRemote("https://i18n.example/locales");
  }

  // The erase must be done before the cache is read again.
  Task<void> reloadGlobal() {
    co_await global::cache->erase("locales");
    co_await cachedLocales();
  }
  Task<void> reloadNames() {
    co_await global::cache->erase("locales");
    co_await localeNames();
  }
  Task<void> reloadOwn() {
    co_await cache_.erase("locales");
    co_await this->available();
  }
  Task<void> reloadOwnImplicit() {
    co_await cache_.erase("locales");
    co_await available();
  }

  // Another object's cache is not this one's.
  Task<void> reloadOther(Locales &other) {
    // CHECK-MESSAGES: :[[@LINE+1]]:5: warning: 2 independent awaits in 'Locales::reloadOther' run one after another ('erase', 'available'); {{.*}} [async-serial-awaits]
    co_await cache_.erase("locales");
    co_await other.available();
  }

private:
  Cache cache_;
};

// Both bodies only read the region: nothing orders them.
Task<void> limitsAndPrices() {
  // CHECK-MESSAGES: :[[@LINE+1]]:24: warning: 2 independent awaits in 'limitsAndPrices' run one after another ('regionLimits', 'regionPrices'); {{.*}} [async-serial-awaits]
  std::string limits = co_await regionLimits();
  std::string prices = co_await regionPrices();
}

// The session store is not the locale cache.
Task<void> dropSessionThenLocales() {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'dropSessionThenLocales' run one after another ('erase', 'cachedLocales'); {{.*}} [async-serial-awaits]
  co_await global::sessions->erase("user-1");
  co_await cachedLocales();
}

// What a body in another unit reads is not known here.
Task<void> eraseThenElsewhere() {
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 2 independent awaits in 'eraseThenElsewhere' run one after another ('erase', 'fetchElsewhere'); {{.*}} [async-serial-awaits]
  co_await global::cache->erase("locales");
  co_await fetchElsewhere("locales");
}
