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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/tags"));

        std::list<std::string> headers;
        headers.push_back("X-Tag: alpha");
        headers.push_back("Accept: text/plain");
        headers.push_back("X-Tag: beta");
        headers.push_back("X-Tag: gamma");
        request.setOpt(new curlpp::options::HttpHeader(headers));

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
