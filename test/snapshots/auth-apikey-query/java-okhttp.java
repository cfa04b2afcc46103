OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
  .method("GET", null)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
