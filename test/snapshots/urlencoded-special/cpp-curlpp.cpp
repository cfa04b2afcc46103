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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/form"));

        std::list<std::string> headers;
        headers.push_back("Content-Type: application/x-www-form-urlencoded");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        // An array, so its size counts every byte, a NUL included.
        const char data[] = "a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D";
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
