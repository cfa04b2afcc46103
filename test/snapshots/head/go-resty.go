package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("X-Check", "yes")

	resp, err := req.Execute("HEAD", "{{baseUrl}}/status")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
