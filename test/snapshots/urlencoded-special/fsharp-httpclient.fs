open System.Collections.Generic
open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/form")
request.Content <- new FormUrlEncodedContent([
    KeyValuePair("a b", "c&d=e")
    KeyValuePair("plus", "1+2 3")
    KeyValuePair("pct", "50%")
    KeyValuePair("utf", "été ☃ 😀")
    KeyValuePair("k", "first")
    KeyValuePair("k", "second")
    KeyValuePair("empty", "")
    KeyValuePair("multi", "line1\nline2")
    KeyValuePair("q", "\"'`$x #{y}")
])
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
