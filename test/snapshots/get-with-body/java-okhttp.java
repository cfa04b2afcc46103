OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
// OkHttp refuses a request body on GET and HEAD, so this request is sent without one.
Request request = new Request.Builder()
  .url("{{baseUrl}}/search")
  .method("GET", null)
  .addHeader("Content-Type", "application/json")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
