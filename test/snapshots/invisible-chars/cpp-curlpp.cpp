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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/inv"));

        std::list<std::string> headers;
        headers.push_back("X-Tab: a\tb");
        headers.push_back("Content-Type: text/plain");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        // An array, so its size counts every byte, a NUL included.
        const char data[] = "tab\there\342\200\250sep\342\200\251para\342\200\256RLO\342\200\217\357\273\277bom\001\037\177del\302\205nel";
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
