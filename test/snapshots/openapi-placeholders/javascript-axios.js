// A script cannot set the Cookie header: the browser sends the cookies it holds for the page's own site.
document.cookie = "session={{session_id}}; path=/";
document.cookie = "api_key={{api_key}}; path=/";

const config = {
  method: "GET",
  url: "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10",
  headers: {
    "X-API-Key": "{{api_key}}",
    "X-Note": '"; rm -rf ~; "',
    "Authorization": "Bearer {{bearerAuth}}"
  }
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
