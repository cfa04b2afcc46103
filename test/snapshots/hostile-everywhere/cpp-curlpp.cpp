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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/h?q=%22%3B%20rm%20-rf%20~%3B%20%22%20$(id)%20%60id%60%20%23%7Bsystem('id')%7D%20%5C(exploit)%20$%7BHOME%7D%20'%3B%20require('child_process').exec('id')%3B%20'%20%3C?php%20*/%20%25s"));

        std::list<std::string> headers;
        headers.push_back("X-H: \"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
        headers.push_back("Content-Type: text/plain");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        // An array, so its size counts every byte, a NUL included.
        const char data[] = "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s\n"
        "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s";
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
