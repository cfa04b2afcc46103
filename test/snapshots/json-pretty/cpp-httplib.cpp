#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "{\n"
        "  \"customer\": \"Zoë\",\n"
        "  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
        "  \"items\": [\n"
        "    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
        "    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
        "  ],\n"
        "  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
        "  \"empty\": {},\n"
        "  \"nothing\": null\n"
        "}\n";

    auto res = cli.Post("/v1/orders", body, sizeof body - 1, "application/json");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
