#include <iostream>
#include <list>
#include <string>
#include <curlpp/cURLpp.hpp>
#include <curlpp/Easy.hpp>
#include <curlpp/Form.hpp>
#include <curlpp/Options.hpp>

int main()
{
    try {
        curlpp::Cleanup cleanup;
        curlpp::Easy request;

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/upload"));

        std::list<std::string> headers;
        // Send the body at once instead of asking for "100 Continue" first.
        headers.push_back("Expect:");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        curlpp::Forms form;
        form.push_back(new curlpp::FormParts::Content("say %22hi%22", "one"));
        form.push_back(new curlpp::FormParts::Content("a\\b%22c%22", "two"));
        form.push_back(new curlpp::FormParts::File("doc %22main%22", "upload.txt", "text/plain"));
        form.push_back(new curlpp::FormParts::File("quoted file", "q\"uote.txt"));
        request.setOpt(new curlpp::options::HttpPost(form));

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
