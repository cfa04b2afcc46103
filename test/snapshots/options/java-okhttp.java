OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/cors")
  .method("OPTIONS", null)
  .addHeader("Origin", "https://app.example.com")
  .addHeader("Access-Control-Request-Method", "PUT")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
