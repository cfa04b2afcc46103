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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/profile"));
        request.setOpt(new curlpp::options::CustomRequest("PUT"));

        std::list<std::string> headers;
        headers.push_back("X-Request-Id: 42");
        // Send the body at once instead of asking for "100 Continue" first.
        headers.push_back("Expect:");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        curlpp::Forms form;
        form.push_back(new curlpp::FormParts::Content("name", "Ada"));
        form.push_back(new curlpp::FormParts::Content("tag", "a"));
        form.push_back(new curlpp::FormParts::Content("tag", "b"));
        form.push_back(new curlpp::FormParts::File("avatar", "upload.txt", "text/plain"));
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
