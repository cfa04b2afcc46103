var settings = {
  "url": "{{baseUrl}}/pets",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json",
    "Authorization": "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{basicAuthUsername}}:{{basicAuthPassword}}")))
  },
  "data": '{"name": "{{petName}}", "tag": "dog"}'
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
