#include <stdio.h>
#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;

    curl_easy_setopt(curl, CURLOPT_URL, "{{baseUrl}}/upload");

    curl_mime *mime = curl_mime_init(curl);
    curl_mimepart *part;
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "title");
    curl_mime_data(part, "Hello", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "bio");
    curl_mime_data(part, "line 1\nline 2\r\nline 3", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "name");
    curl_mime_data(part, "Zoë 😀", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "tag");
    curl_mime_data(part, "a", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "tag");
    curl_mime_data(part, "b", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "meta");
    curl_mime_data(part, "{\"k\":\"v\"}", CURL_ZERO_TERMINATED);
    curl_mime_type(part, "application/json");
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "danger");
    curl_mime_data(part, "\"; $(id) #{x} \\(y) '", CURL_ZERO_TERMINATED);
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);

    CURLcode res = curl_easy_perform(curl);
    if (res != CURLE_OK)
        fprintf(stderr, "curl_easy_perform() failed: %s\n", curl_easy_strerror(res));

    curl_mime_free(mime);
    curl_easy_cleanup(curl);
    return res == CURLE_OK ? 0 : 1;
}
