using Flurl.Http;

var response = await "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"
    .GetAsync();
Console.WriteLine(await response.GetStringAsync());
