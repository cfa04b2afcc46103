#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::MultipartFormDataItems items = {
        { "title", "Hello", "", "" },
        { "bio", "line 1\nline 2\r\nline 3", "", "" },
        { "name", "Zoë 😀", "", "" },
        { "tag", "a", "", "" },
        { "tag", "b", "", "" },
        { "meta", "{\"k\":\"v\"}", "", "application/json" },
        { "danger", "\"; $(id) #{x} \\(y) '", "", "" },
    };

    auto res = cli.Post("/upload", items);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
