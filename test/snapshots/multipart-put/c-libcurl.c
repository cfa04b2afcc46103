#include <stdio.h>
#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;

    curl_easy_setopt(curl, CURLOPT_URL, "{{baseUrl}}/profile");
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");

    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "X-Request-Id: 42");
    /* Send the body at once instead of asking for "100 Continue" first. */
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    curl_mime *mime = curl_mime_init(curl);
    curl_mimepart *part;
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "name");
    curl_mime_data(part, "Ada", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "tag");
    curl_mime_data(part, "a", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "tag");
    curl_mime_data(part, "b", CURL_ZERO_TERMINATED);
    part = curl_mime_addpart(mime);
    curl_mime_name(part, "avatar");
    curl_mime_filedata(part, "upload.txt");
    curl_mime_filename(part, "upload.txt");
    curl_mime_type(part, "text/plain");
    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);

    CURLcode res = curl_easy_perform(curl);
    if (res != CURLE_OK)
        fprintf(stderr, "curl_easy_perform() failed: %s\n", curl_easy_strerror(res));

    curl_mime_free(mime);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return res == CURLE_OK ? 0 : 1;
}
