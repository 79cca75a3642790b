#include "service/pacing.h"

#include <curl/curl.h>

int download_report(const char *url) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return -1;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  if (curl_easy_perform(curl) != CURLE_OK)
    return -2;
  curl_easy_cleanup(curl);
  return 0;
}

int budget() { return service::legacyRetryBudget; }
