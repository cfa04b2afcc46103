OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Headers headers = new Headers.Builder()
  .addUnsafeNonAscii("X-Name", "Zoë ✓ 😀")
  .addUnsafeNonAscii("X-Latin", "café")
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/i18n")
  .method("GET", null)
  .headers(headers)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
