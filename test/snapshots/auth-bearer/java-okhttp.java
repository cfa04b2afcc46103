OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/me")
  .method("GET", null)
  .addHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
