#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "user=ann%40example.com&pass=p%40ss%20w0rd%26";

    auto res = cli.Post("/login?next=/home&lang=en", body, sizeof body - 1, "application/x-www-form-urlencoded");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
