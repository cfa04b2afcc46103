OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/v1/users?limit=10&page=2")
  .method("GET", null)
  .addHeader("Accept", "application/json")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
