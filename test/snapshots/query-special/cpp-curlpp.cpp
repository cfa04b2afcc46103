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

        request.setOpt(new curlpp::options::Url("{{baseUrl}}/search?q=hello%20world&amp=a%26b&eq=x%3Dy&plus=1%2B1%3D2&pct=100%25&pct2=%2541%25zz&caf%C3%A9=na%C3%AFve%20%C3%BC%C3%9F&emoji=%F0%9F%98%80%F0%9F%8E%89&empty=&tag=one&tag=two&filter%5Bname%5D=%5Bx%5D&hash=%23frag?&semi=a%3Bb,c&slash=/a/b&quote=it's%20%22q%22"));

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
