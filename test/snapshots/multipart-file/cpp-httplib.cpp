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

    std::ifstream file2("upload.txt", std::ios::binary);
    std::string content2((std::istreambuf_iterator<char>(file2)), std::istreambuf_iterator<char>());

    httplib::MultipartFormDataItems items = {
        { "description", "A text file", "", "" },
        { "document", content2, "upload.txt", "text/plain" },
        { "after", "file", "", "" },
    };

    auto res = cli.Post("/upload", items);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
