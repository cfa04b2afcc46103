#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "X-Request-Id", "42" },
    };

    std::ifstream file4("upload.txt", std::ios::binary);
    std::string content4((std::istreambuf_iterator<char>(file4)), std::istreambuf_iterator<char>());

    httplib::MultipartFormDataItems items = {
        { "name", "Ada", "", "" },
        { "tag", "a", "", "" },
        { "tag", "b", "", "" },
        { "avatar", content4, "upload.txt", "text/plain" },
    };

    auto res = cli.Put("/profile", headers, items);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
