using Flurl.Http;

var body = "{\"query\":\"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}\",\"variables\":{\"id\":\"1000\",\"note\":\"café #{x}\"}}";
var response = await "{{baseUrl}}/graphql"
    .WithHeader("Content-Type", "application/json")
    .PostStringAsync(body);
Console.WriteLine(await response.GetStringAsync());
