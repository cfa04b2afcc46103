#include <stdio.h>
#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;

    curl_easy_setopt(curl, CURLOPT_URL, "{{baseUrl}}/echo");

    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "X-Shell: \"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
    headers = curl_slist_append(headers, "X-Quotes: 'single' \"double\" `back` \\back\\slash\\");
    headers = curl_slist_append(headers, "X-Interp: #{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
    headers = curl_slist_append(headers, "X-Comment: */ /* // # -- <!-- ?>");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    CURLcode res = curl_easy_perform(curl);
    if (res != CURLE_OK)
        fprintf(stderr, "curl_easy_perform() failed: %s\n", curl_easy_strerror(res));

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return res == CURLE_OK ? 0 : 1;
}
