#include <stdio.h>
#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;

    curl_easy_setopt(curl, CURLOPT_URL, "{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s");

    struct curl_slist *headers = NULL;
    headers = curl_slist_append(headers, "X-H: \"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
    headers = curl_slist_append(headers, "Content-Type: text/plain");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    /* An array, so its size counts every byte, a NUL included. */
    static const char body[] = "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s\n"
        "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s";
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, (long)(sizeof body - 1));

    CURLcode res = curl_easy_perform(curl);
    if (res != CURLE_OK)
        fprintf(stderr, "curl_easy_perform() failed: %s\n", curl_easy_strerror(res));

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return res == CURLE_OK ? 0 : 1;
}
