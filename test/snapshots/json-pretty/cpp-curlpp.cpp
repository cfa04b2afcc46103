#include <iostream>
#include <list>
#include <string>
#include <curlpp/cURLpp.hpp>
#include <curlpp/Easy.hpp>
#include <curlpp/Options.hpp>

int main()
{
    try {
        curlpp::Cleanup cleanup;
        curlpp::Easy request;

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/v1/orders"));

        std::list<std::string> headers;
        headers.push_back("Content-Type: application/json");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        // An array, so its size counts every byte, a NUL included.
        const char data[] = "{\n"
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
        std::string body(data, sizeof data - 1);
        request.setOpt(new curlpp::options::PostFields(body));
        request.setOpt(new curlpp::options::PostFieldSize(static_cast<long>(body.size())));

        // The response body goes to standard output.
        request.perform();
    } catch (curlpp::RuntimeError &e) {
        std::cerr << e.what() << std::endl;
        return 1;
    } catch (curlpp::LogicError &e) {
        std::cerr << e.what() << std::endl;
        return 1;
    }
    return 0;
}
