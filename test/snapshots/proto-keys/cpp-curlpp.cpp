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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"));

        std::list<std::string> headers;
        headers.push_back("__proto__: h1");
        headers.push_back("constructor: h2");
        headers.push_back("prototype: h3");
        headers.push_back("toString: h4");
        headers.push_back("Content-Type: application/x-www-form-urlencoded");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        // An array, so its size counts every byte, a NUL included.
        const char data[] = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4";
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
