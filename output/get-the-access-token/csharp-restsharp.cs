using RestSharp;

var options = new RestClientOptions("{{authPath}}/{{envID}}/as/token")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("grant_type", "authorization_code");
request.AddParameter("code", "{{authCode}}");
request.AddParameter("redirect_uri", "https://example.com");
request.AddParameter("scope", "openid");
request.AddParameter("client_id", "{{dvPiFlowAppID}}");
request.AddParameter("code_verifier", "{{code_verifier}}");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
