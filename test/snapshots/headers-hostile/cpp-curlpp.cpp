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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/echo"));

        std::list<std::string> headers;
        headers.push_back("X-Shell: \"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s");
        headers.push_back("X-Quotes: 'single' \"double\" `back` \\back\\slash\\");
        headers.push_back("X-Interp: #{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}");
        headers.push_back("X-Comment: */ /* // # -- <!-- ?>");
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
