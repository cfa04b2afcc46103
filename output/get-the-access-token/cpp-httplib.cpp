#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{authPath}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}";

    auto res = cli.Post("/{{envID}}/as/token", body, sizeof body - 1, "application/x-www-form-urlencoded");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
