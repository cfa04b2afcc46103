using RestSharp;

var options = new RestClientOptions("{{baseUrl}}/graphql")
{
    Timeout = Timeout.InfiniteTimeSpan,
};
var client = new RestClient(options);
var request = new RestRequest("", Method.Post);
request.AddHeader("Content-Type", "application/json");
var body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}";
request.AddStringBody(body, "application/json");
RestResponse response = await client.ExecuteAsync(request);
Console.WriteLine(response.Content);
