#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "If-Match", "W/\"etag-1\"" },
        { "X-Request-Id", "{{requestId}}" },
    };

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "{\"name\": \"{{newName}}\", \"active\": true}";

    auto res = cli.Patch("/v1/users/{{userId}}", headers, body, sizeof body - 1, "application/json");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
