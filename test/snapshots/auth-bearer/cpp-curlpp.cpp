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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/me"));

        std::list<std::string> headers;
        headers.push_back("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig");
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
