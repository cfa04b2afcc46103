open System.Collections.Generic
open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{authPath}}/{{envID}}/as/token")
request.Content <- new FormUrlEncodedContent([
    KeyValuePair("grant_type", "authorization_code")
    KeyValuePair("code", "{{authCode}}")
    KeyValuePair("redirect_uri", "https://example.com")
    KeyValuePair("scope", "openid")
    KeyValuePair("client_id", "{{dvPiFlowAppID}}")
    KeyValuePair("code_verifier", "{{code_verifier}}")
])
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
