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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/objects"));

        curlpp::Forms form;
        form.push_back(new curlpp::FormParts::Content("__proto__", "f1"));
        form.push_back(new curlpp::FormParts::Content("constructor", "f2"));
        form.push_back(new curlpp::FormParts::Content("prototype", "f3"));
        form.push_back(new curlpp::FormParts::Content("toString", "f4"));
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
