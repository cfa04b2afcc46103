using Flurl.Http;

var response = await "{{authPath}}/{{envID}}/as/token"
    .WithHeader("Content-Type", "application/x-www-form-urlencoded")
    .PostUrlEncodedAsync(new KeyValuePair<string, string>[]
    {
        new("grant_type", "authorization_code"),
        new("code", "{{authCode}}"),
        new("redirect_uri", "https://example.com"),
        new("scope", "openid"),
        new("client_id", "{{dvPiFlowAppID}}"),
        new("code_verifier", "{{code_verifier}}"),
    });
Console.WriteLine(await response.GetStringAsync());
