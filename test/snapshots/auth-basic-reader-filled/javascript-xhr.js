const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/me");
xhr.setRequestHeader("Authorization", "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{username}}:{{password}}"))));
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
