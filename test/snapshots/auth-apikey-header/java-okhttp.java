OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/reports")
  .method("GET", null)
  .addHeader("X-API-Key", "k3y$#{x}")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
