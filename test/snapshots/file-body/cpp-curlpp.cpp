#include <fstream>
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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/blobs/upload.txt"));
        request.setOpt(new curlpp::options::CustomRequest("PUT"));

        std::list<std::string> headers;
        headers.push_back("Content-Type: application/octet-stream");
        // Send the body at once instead of asking for "100 Continue" first.
        headers.push_back("Expect:");
        request.setOpt(new curlpp::options::HttpHeader(headers));

        std::ifstream file("upload.txt", std::ios::binary | std::ios::ate);
        curl_off_t size = file.tellg();
        file.seekg(0);
        request.setOpt(new curlpp::options::Upload(true));
        request.setOpt(new curlpp::options::ReadStream(&file));
        request.setOpt(new curlpp::options::InfileSizeLarge(size));

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
