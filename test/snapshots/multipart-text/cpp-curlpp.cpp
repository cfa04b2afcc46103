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

        curlpp::Forms form;
        form.push_back(new curlpp::FormParts::Content("title", "Hello"));
        form.push_back(new curlpp::FormParts::Content("bio", "line 1\nline 2\r\nline 3"));
        form.push_back(new curlpp::FormParts::Content("name", "Zoë 😀"));
        form.push_back(new curlpp::FormParts::Content("tag", "a"));
        form.push_back(new curlpp::FormParts::Content("tag", "b"));
        form.push_back(new curlpp::FormParts::Content("meta", "{\"k\":\"v\"}", "application/json"));
        form.push_back(new curlpp::FormParts::Content("danger", "\"; $(id) #{x} \\(y) '"));
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
