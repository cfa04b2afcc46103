#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D";

    auto res = cli.Post("/form", body, sizeof body - 1, "application/x-www-form-urlencoded");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
