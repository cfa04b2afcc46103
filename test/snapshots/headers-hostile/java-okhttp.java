OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/echo")
  .method("GET", null)
  .addHeader("X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s")
  .addHeader("X-Quotes", "'single' \"double\" `back` \\back\\slash\\")
  .addHeader("X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}")
  .addHeader("X-Comment", "*/ /* // # -- <!-- ?>")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
