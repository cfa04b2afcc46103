#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "SOAPAction", "\"urn:Add\"" },
    };

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<note id='1'>\n"
        "  <to>Tom &amp; Jerry</to>\n"
        "  <body><![CDATA[a < b && c > d]]></body>\n"
        "</note>";

    auto res = cli.Post("/soap", headers, body, sizeof body - 1, "application/xml");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
