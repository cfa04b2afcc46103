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

    std::ifstream file3("upload.txt", std::ios::binary);
    std::string content3((std::istreambuf_iterator<char>(file3)), std::istreambuf_iterator<char>());

    std::ifstream file4("q\"uote.txt", std::ios::binary);
    std::string content4((std::istreambuf_iterator<char>(file4)), std::istreambuf_iterator<char>());

    httplib::MultipartFormDataItems items = {
        { "say %22hi%22", "one", "", "" },
        { "a\\b%22c%22", "two", "", "" },
        { "doc %22main%22", content3, "upload.txt", "text/plain" },
        { "quoted file", content4, "q%22uote.txt", "" },
    };

    auto res = cli.Post("/upload", items);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
